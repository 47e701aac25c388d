/* test-vocab-list.c — the window's drop-down models of the code lists (ui/widgets/ovs-vocab-list.c): labels
 * shown in the vocabulary's order after the leading items, and each position giving back its stored code. */
#include "config.h"

#include <locale.h>

#include "widgets/ovs-vocab-list.h"

static void
test_string_list (void)
{
  static const char * const leading[] = { "Every kind", NULL };
  g_autoptr(GtkStringList) list = ovs_vocab_string_list (OVS_TYPE_PLACEMENT_KIND, OVS_VOCAB_LABEL, leading);
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_PLACEMENT_KIND);
  guint n = g_strv_length ((GStrv) codes);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n + 1);
  g_assert_cmpstr (gtk_string_list_get_string (list, 0), ==, "Every kind");
  g_assert_null (ovs_vocab_string_list_get_code (G_LIST_MODEL (list), 0));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (ovs_vocab_string_list_get_code (G_LIST_MODEL (list), i + 1), ==, codes[i]);
      g_assert_cmpuint (ovs_vocab_string_list_find (G_LIST_MODEL (list), codes[i]), ==, i + 1);
      g_assert_cmpstr (gtk_string_list_get_string (list, i + 1), ==,
                       ovs_vocab_label_for_code (OVS_TYPE_PLACEMENT_KIND, codes[i]));
    }
  g_assert_null (ovs_vocab_string_list_get_code (G_LIST_MODEL (list), GTK_INVALID_LIST_POSITION));
  g_assert_cmpuint (ovs_vocab_string_list_find (G_LIST_MODEL (list), "no_such_kind"), ==, GTK_INVALID_LIST_POSITION);
}

static void
test_text (void)
{
  g_autofree char *title = ovs_vocab_text (OVS_TYPE_EMPLOYEE_STATUS, "on_leave", OVS_VOCAB_TITLE);
  g_autofree char *label = ovs_vocab_text (OVS_TYPE_EMPLOYEE_STATUS, "on_leave", OVS_VOCAB_LABEL);
  g_autofree char *empty = ovs_vocab_text (OVS_TYPE_EMPLOYEE_STATUS, NULL, OVS_VOCAB_TITLE);
  g_autofree char *unknown = ovs_vocab_text (OVS_TYPE_EMPLOYEE_STATUS, "retired", OVS_VOCAB_TITLE);

  g_assert_cmpstr (title, ==, "On leave");
  g_assert_cmpstr (label, ==, "on leave");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (unknown, ==, "Retired");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vocab-list/string-list", test_string_list);
  g_test_add_func ("/vocab-list/text", test_text);
  return g_test_run ();
}
