/** Media: the committees' own published output — channels, items, shares and view observations (truyền thông). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "records", "org", "imports", "figures" })
package org.steerdesk.media;
