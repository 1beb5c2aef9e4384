/** Web: layout, navigation, language, error pages and problem details; no business logic. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.steerdesk.web;
