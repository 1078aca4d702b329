package org.amicus.platform.internal.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password change form. */
public class PasswordForm {

    @NotBlank
    private String current;

    @NotBlank
    @Size(min = 12, max = 200)
    private String replacement;

    @NotBlank
    private String confirmation;

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
