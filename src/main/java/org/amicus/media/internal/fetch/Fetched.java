package org.amicus.media.internal.fetch;

import java.net.URI;

/** A response as the pipeline needs it: where it finally came from, its bytes (decompressed) and validators. */
public record Fetched(int status, URI uri, byte[] body, String contentType, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
