/**
 * Publications, press work and the calendar: the Monitor, the Bulletin, regional newsletters and
 * brochures with their editions, articles and translations, rendered from one source as a web page,
 * an e-mail through the mail engine and a print-ready PDF; press releases and advisories under
 * embargo with their experts' consented details; the days and events the coalition works to, with
 * an iCalendar feed. It reads people and audiences through {@code members} and sends through {@code mail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publications & press", allowedDependencies = { "platform",
        "members", "mail" })
package org.amicus.publications;
