package dev.wharf.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run on a connection handed out by {@link Database}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
