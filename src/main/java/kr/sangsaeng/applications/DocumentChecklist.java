package kr.sangsaeng.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

	/**
	 * The day the document in the slot of {@code documentType} was issued, or {@code null} when the slot holds none
	 * or its document has no issue date.
	 */
	public LocalDate issuedOn(String documentType) {
		return slots.stream()
			.filter(slot -> slot.documentType().equals(documentType) && slot.document() != null)
			.map(slot -> slot.document().issuedOn())
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	public boolean typed() {
		return slots.stream().anyMatch(slot -> !slot.other());
	}

}
