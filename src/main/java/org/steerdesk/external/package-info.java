/** External information (thông tin đối ngoại): foreign partners, partnerships, delegations in and out, and meetings. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "records", "org", "imports", "figures" })
package org.steerdesk.external;
