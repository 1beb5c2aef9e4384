/** Annual review reports (báo cáo tổng kết): templates whose narrative embeds figures by key. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "figures" })
package org.steerdesk.review;
