/** Gatherings: events and conferences the committees and their units organise (spec §2 {@code gatherings}). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "records", "org", "imports", "figures", "files", "documents" })
package org.steerdesk.gatherings;
