package org.sportello.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration written in Java, for what the SQL that H2 and PostgreSQL share cannot say. A
 * module's adapter declares it as a bean; Spring Boot hands it to Flyway with the SQL migrations
 * of {@code db/migration}, in version order. It has no file whose sum Flyway could check: its
 * checksum is its version, and a migration never changes once released.
 */
public abstract class JavaSchemaMigration implements JavaMigration {

    private final int version;
    private final String description;

    protected JavaSchemaMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
