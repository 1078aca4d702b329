package org.amicus.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A record that does not exist; answered with 404 and a localised message. */
public class NotFound extends ErrorResponseException {

    private final String code;
    private final Object[] args;

    public NotFound(String code, Object... args) {
        super(HttpStatus.NOT_FOUND);
        this.code = code;
        this.args = args;
    }

    @Override
    public String getDetailMessageCode() {
        return code;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return args;
    }
}
