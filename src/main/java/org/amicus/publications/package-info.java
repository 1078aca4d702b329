/**
 * Publications, press work and the calendar: the Monitor, the Bulletin, regional newsletters and
 * brochures with their editions, articles and translations, rendered from one source as a web page,
 * an e-mail through the mail engine and a print-ready PDF; press releases and advisories under
 * embargo with their experts' consented details; the days and events the coalition works to, with
 * iCalendar feeds. It reads people and audiences through {@code members}, sends through {@code mail}, and
 * takes the campaign targets from {@code states} and the election periods from {@code court} for the calendar, and
 * the coverage that cites a release from {@code media}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publications & press", allowedDependencies = { "platform",
        "members", "mail", "states", "court", "media" })
package org.amicus.publications;
