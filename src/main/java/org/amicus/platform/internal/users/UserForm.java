package org.amicus.platform.internal.users;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.amicus.platform.internal.security.Role;

/** An administrator's form for a user. */
public class UserForm {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[\\p{L}\\p{N}._@-]+")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @Email
    @Size(max = 320)
    private String email;

    @Pattern(regexp = "en|fr|es|ar|pt")
    private String preferredLanguage = "en";

    private boolean enabled = true;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
