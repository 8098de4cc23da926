package kr.sangsaeng.program;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "lending_bank")
class LendingBank extends NamedInstitution {

}
