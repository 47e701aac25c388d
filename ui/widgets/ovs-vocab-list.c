/* ovs-vocab-list.c — code lists as drop-down models. */
#include "config.h"

#include "widgets/ovs-vocab-list.h"

/* What a model made here remembers: its list, and how many items come before the codes. */
typedef struct
{
  GType type;
  guint n_leading;
} ListInfo;

static GQuark
list_info_quark (void)
{
  return g_quark_from_static_string ("ovs-vocab-list-info");
}

char *
ovs_vocab_text (GType type, const char *code, OvsVocabStyle style)
{
  if (style == OVS_VOCAB_TITLE)
    return ovs_vocab_title_for_code (type, code);
  return g_strdup (ovs_vocab_label_for_code (type, code));
}

GtkStringList *
ovs_vocab_string_list (GType type, OvsVocabStyle style, const char * const *leading)
{
  GtkStringList *list = gtk_string_list_new (leading);
  const char * const *codes = ovs_vocab_codes (type);
  ListInfo *info = g_new0 (ListInfo, 1);

  info->type = type;
  info->n_leading = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *text = ovs_vocab_text (type, codes[i], style);

      gtk_string_list_append (list, text);
    }
  g_object_set_qdata_full (G_OBJECT (list), list_info_quark (), info, g_free);
  return list;
}

static const ListInfo *
info_of (GListModel *list)
{
  const ListInfo *info = list != NULL ? g_object_get_qdata (G_OBJECT (list), list_info_quark ()) : NULL;

  g_return_val_if_fail (info != NULL, NULL);
  return info;
}

const char *
ovs_vocab_string_list_get_code (GListModel *list, guint position)
{
  const ListInfo *info = info_of (list);
  const char * const *codes;

  if (info == NULL || position < info->n_leading)
    return NULL;
  /* Walk the NULL-terminated codes rather than index past their end (GTK_INVALID_LIST_POSITION). */
  codes = ovs_vocab_codes (info->type);
  for (guint i = 0; codes[i] != NULL; i++)
    if (info->n_leading + i == position)
      return codes[i];
  return NULL;
}

guint
ovs_vocab_string_list_find (GListModel *list, const char *code)
{
  const ListInfo *info = info_of (list);
  const char * const *codes;

  if (info == NULL || code == NULL)
    return GTK_INVALID_LIST_POSITION;
  codes = ovs_vocab_codes (info->type);
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      return info->n_leading + i;
  return GTK_INVALID_LIST_POSITION;
}
