/** The append-only change log that every module writes through (nhật ký thay đổi). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.steerdesk.audit;
