/** Organisation: the effective-dated tree of units, officials, committees and their members. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "records", "imports" })
package org.steerdesk.org;
