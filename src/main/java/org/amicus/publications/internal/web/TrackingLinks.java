package org.amicus.publications.internal.web;

import java.util.Base64;

import org.amicus.publications.internal.sending.ReaderTracking;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The tracked e-mail's pixel and redirected links: count, then answer as if nothing happened. */
@Controller
class TrackingLinks {

    /** A transparent 1x1 GIF. */
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final ReaderTracking tracking;

    TrackingLinks(ReaderTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/publications/t/{token}/open.gif")
    ResponseEntity<byte[]> open(@PathVariable String token) {
        tracking.opened(token);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).cacheControl(CacheControl.noStore()).body(PIXEL);
    }

    @GetMapping("/publications/t/{token}/{position:\\d{1,5}}")
    ResponseEntity<Void> click(@PathVariable String token, @PathVariable int position) {
        return tracking.clicked(token, position)
            .map(url -> ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, url).cacheControl(CacheControl.noStore()).<Void>build())
            .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
