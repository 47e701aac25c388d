/* ovs-columns.h — columns of a GtkColumnView over the core's row objects, one call each: a label
 * showing one read-only property, formatted as Dutch readers expect, with a sorter on that property.
 * The column's factory reads the property when a row is bound; rows never change (a refresh brings
 * new row objects), so there is nothing to watch. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

typedef enum {
  OVS_CELL_TEXT,     /* a string property as it is */
  OVS_CELL_DATE,     /* an ISO date string as dd-mm-jjjj */
  OVS_CELL_MINUTES,  /* an int of minutes as hours: "19,5" */
  OVS_CELL_CENTS,    /* an int64 of euro cents as "€ 4.250,00"; negative: empty */
  OVS_CELL_INT,      /* an int or int64 */
  OVS_CELL_DECIMAL,  /* a double with one decimal */
  OVS_CELL_CODE,     /* a stored code of a vocabulary list, shown by its label: "lopend" */
  OVS_CELL_CODE_TITLE,  /* the same with a capital first: "Actief" */
} OvsCellKind;

/* Appends a column titled @title showing @property of the rows (of @item_type). */
GtkColumnViewColumn *ovs_column_add          (GtkColumnView   *view,
                                              const char      *title,
                                              GType            item_type,
                                              const char      *property,
                                              OvsCellKind      kind);
/* The same for a code of the vocabulary's list @codes (OVS_TYPE_COVENANT_STATUS, …), shown and
 * sorted by its label (OVS_CELL_CODE). */
GtkColumnViewColumn *ovs_column_add_code     (GtkColumnView   *view,
                                              const char      *title,
                                              GType            item_type,
                                              const char      *property,
                                              GType            codes);
/* A column of employees' names as "Bakker, Anna van der" (as the Medewerkers section shows them,
 * and sorted so), looked up by the rows' "employee-id" in @names (an OvsNameIndex the page keeps). */
typedef struct _OvsNameIndex OvsNameIndex;

OvsNameIndex        *ovs_name_index_new      (void);
void                 ovs_name_index_free     (OvsNameIndex    *index);
/* Reads the names again from @store (every role may list employees); tells the sorters. */
void                 ovs_name_index_update   (OvsNameIndex    *index,
                                              OvsStore        *store);
const char          *ovs_name_index_lookup   (OvsNameIndex    *index,
                                              gint64           employee_id);
GtkColumnViewColumn *ovs_column_add_employee (GtkColumnView   *view,
                                              const char      *title,
                                              GType            item_type,
                                              OvsNameIndex    *names);

/* A column whose text @format makes from the whole row (a newly allocated string), sorted by
 * @sorter (consumed; may be NULL). */
typedef char *(*OvsCellFormatFunc) (gpointer row);

GtkColumnViewColumn *ovs_column_add_custom   (GtkColumnView   *view,
                                              const char      *title,
                                              OvsCellFormatFunc format,
                                              GtkSorter       *sorter);

/* The cell factories behind those columns, for columns declared in a .ui: a plain label (or an
 * inscription, ovs_column_use_inscriptions()) set when a row is bound. Far cheaper than a GtkBuilderListItemFactory, which parses its template for every
 * cell it makes; GTK 4.8 makes new cells whenever a filter changes the rows in view. Rows may be
 * OvsSlots (ovs-slot-model.h): the cell then shows the slot's row and follows it when it changes.
 * @codes is the vocabulary's list of an OVS_CELL_CODE or OVS_CELL_CODE_TITLE cell, else G_TYPE_INVALID. */
GtkListItemFactory  *ovs_cell_factory_new        (const char        *property,
                                                  OvsCellKind        kind,
                                                  GType              codes);
GtkListItemFactory  *ovs_cell_factory_new_custom (OvsCellFormatFunc  format);

/* Gives the cells of @column the CSS class @css_class on rows whose boolean @property is TRUE
 * (overdue agreements, late milestones). Call before the view shows rows. */
void                 ovs_column_highlight    (GtkColumnViewColumn *column,
                                              const char      *property,
                                              const char      *css_class);

/* Cuts the cells of @column off in the middle rather than at the end, for names that differ only at
 * the end ("Groenploeg Berkel…" is two crews; "Groenp…elwolde 2" is one). Call before rows show. */
void                 ovs_column_ellipsize_middle (GtkColumnViewColumn *column);
/* Makes the cells of @column GtkInscriptions rather than GtkLabels: they take the column's width
 * instead of measuring their text, so that binding rows, and GTK tearing down the rows a search
 * hides, costs no text shaping (the Medewerkers list of 20,000). Cut-off text still ellipsizes and
 * shows a tooltip; the text is the cell's accessible name, as a label's. For columns of a fixed
 * width only: an inscription asks for no more than a few characters. Call before rows show. */
void                 ovs_column_use_inscriptions (GtkColumnViewColumn *column);
/* The item's text for @kind, as the cell shows it (also used by search filters). */
char                *ovs_column_format_value (const GValue    *value,
                                              OvsCellKind      kind);

G_END_DECLS
