package org.sportello.bank;

import java.util.List;

/**
 * The customers of the demo bank, offered by the web chat's demo sign-in. Exists only while
 * {@code sportello.demo.enabled} is true.
 */
public interface DemoCustomers {

    List<CustomerProfile> list();

    /** The password every demo customer signs in to the bank's pages with; the demo login page shows it. */
    String password();
}
