/* ovs-covenant-form.h — the form for a new covenant with Wezo or Larcom (its name, party, period,
 * price, budget and target), as overstap-cli covenant add. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

void ovs_covenant_form_new (GtkWidget *page,
                            OvsStore  *store);

G_END_DECLS
