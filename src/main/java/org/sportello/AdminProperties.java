package org.sportello;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bank's operators on the admin API ({@code /api/v1/admin/**}), with HTTP Basic.
 *
 * @param username     the operator's user name
 * @param passwordHash the password in Spring Security's encoded form, e.g. {@code {bcrypt}$2a$10$...}
 *                     (make one with {@code sportello hash-password}); empty turns the admin API off
 */
@ConfigurationProperties("sportello.admin")
record AdminProperties(@DefaultValue("admin") String username, @DefaultValue("") String passwordHash) {

    boolean enabled() {
        return !passwordHash.isBlank();
    }
}
