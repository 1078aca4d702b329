package org.amicus.media.internal.fetch;

/**
 * Why a fetch or a parse gave nothing: a message code (media.error.*) that the source's health shows
 * in the reader's language, with a detail for the log.
 */
public class FetchFailure extends Exception {

    private final String code;

    public FetchFailure(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
