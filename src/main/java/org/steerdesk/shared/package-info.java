/** Value types every module speaks: text, dates, reporting windows, the acting user and its grants. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.steerdesk.shared;
