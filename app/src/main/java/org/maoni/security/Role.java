package org.maoni.security;

/** The staff roles. Reading public material needs no role; every write names the role it needs. */
public enum Role {
    /** Committee clerks: register bills, run calls for memoranda, triage, publish responses. */
    CLERK,
    /** Committee members and chairs: decide proposals, adopt reports. */
    COMMITTEE,
    /** System administrators: accounts, Camunda Cockpit/Tasklist/Admin, the engine REST API. */
    ADMIN;

    /** The Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
