/**
 * Links between chat identities and bank customers, the scopes each customer granted, and the one
 * check every read of customer data passes: {@link org.sportello.consent.Consents#check}.
 */
package org.sportello.consent;
