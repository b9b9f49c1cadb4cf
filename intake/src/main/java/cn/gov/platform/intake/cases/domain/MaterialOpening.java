package cn.gov.platform.intake.cases.domain;

import java.time.Instant;

/**
 * A member of staff opened a material of a case (issue 17, point 1): kept so that the applicant sees
 * who read what and when. Openings by the applicant's side are not recorded (it is their own file).
 *
 * @param openedBy       the staff member's subject (never shown to the applicant)
 * @param openedByName   their login name, as in the case's history
 * @param departmentName the department they opened it for, by its name as the case knows it
 */
public record MaterialOpening(String caseId, String materialCode, String materialName, String fileName,
        String sha256, String openedBy, String openedByName, ActorRole role, String division, String department,
        String departmentName, Instant at) {

    /** The opening of {@code material} by staff of {@code department} at {@code division}, acting as {@code by}. */
    public static MaterialOpening of(CaseSnapshot c, MaterialEntry material, Actor by, String division,
            String department, Instant at) {
        return new MaterialOpening(c.id(), material.code(), material.name(),
                material.fileName() == null ? material.code() : material.fileName(),
                material.sha256() == null ? "" : material.sha256(), by.subject(), by.name(), by.role(), division,
                department, departmentNameIn(c, division, department), at);
    }

    /** The name of a department that may see the case: the receiving one, the higher one it went to, or a joint one. */
    static String departmentNameIn(CaseSnapshot c, String division, String department) {
        Handling h = c.handling();
        if (h.isHandledBy(division, department)) {
            return h.departmentName();
        }
        if (h.isActingUnit(division, department)) {
            return h.actingDepartmentName();
        }
        return c.joint().tasks().stream().filter(t -> t.department().equals(department)).map(JointTask::departmentName)
                .findFirst().orElse(department);
    }
}
