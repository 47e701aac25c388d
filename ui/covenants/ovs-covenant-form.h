/* ovs-covenant-form.h — the forms for a new covenant with Wezo or Larcom (its name, party, period,
 * price, budget and target), as overstap-cli covenant add, and for an employee it covers. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

void ovs_covenant_form_new   (GtkWidget  *page,
                              OvsStore   *store);
/* The form for a new employer agreement (werkgeversdienstverlening: an employer, hirer or
 * sheltered-work company that offers places), as overstap-cli covenant add --kind employer_agreement. */
void ovs_covenant_form_new_employer_agreement (GtkWidget *page,
                                               OvsStore  *store);
/* Records a contact moment with the party of @covenant (its name), as overstap-cli covenant contact. */
void ovs_covenant_form_contact (GtkWidget  *page,
                                OvsStore   *store,
                                const char *covenant);
/* Covers an employee by covenant @covenant (its name), as overstap-cli covered add. */
void ovs_covenant_form_cover (GtkWidget  *page,
                              OvsStore   *store,
                              const char *covenant);

G_END_DECLS
