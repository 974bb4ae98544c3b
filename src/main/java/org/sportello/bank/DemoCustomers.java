package org.sportello.bank;

import java.util.List;

/**
 * The customers of the demo bank, offered by the web chat's demo sign-in. Exists only while
 * {@code sportello.demo.enabled} is true.
 */
public interface DemoCustomers {

    List<CustomerProfile> list();
}
