package kr.sangsaeng.program;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "guarantee_agency")
class GuaranteeAgency extends NamedInstitution {

}
