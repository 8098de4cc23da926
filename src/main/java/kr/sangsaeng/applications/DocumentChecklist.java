package kr.sangsaeng.applications;

import java.time.LocalDate;
import java.util.List;

/**
 * The documents an application's agreement asks for, slot by slot, as the application holds them on {@code today}.
 */
public record DocumentChecklist(List<ChecklistSlot> slots, LocalDate today) {

	public List<ChecklistSlot> shortfalls() {
		return slots.stream().filter(slot -> slot.missing() || slot.stale(today)).toList();
	}

	public List<ChecklistSlot> askedAgain() {
		return slots.stream().filter(ChecklistSlot::askedAgain).toList();
	}

	public List<ChecklistSlot> typedSlots() {
		return slots.stream().filter(slot -> !slot.other()).toList();
	}

	/**
	 * The "other" slot, which every checklist has and which holds any number of documents.
	 */
	public ChecklistSlot other() {
		return slots.stream().filter(ChecklistSlot::other).findFirst().orElseThrow();
	}

	public boolean typed() {
		return slots.stream().anyMatch(slot -> !slot.other());
	}

}
