/** Identity: users, their roles on org units, login with lockout, sessions and API tokens. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "org" })
package org.steerdesk.identity;
