/** Training: courses for staff, experts, collaborators and advisers, with participants and completion (spec §2 {@code trainings}). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "records", "org", "imports", "figures", "files" })
package org.steerdesk.training;
