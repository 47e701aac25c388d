/* ovs-files.h — files only their owner can read, and the encoding of text files other programs made.
 *
 * The database, its backups, exports and published feeds hold personal data (names, BSNs, leave), so
 * they are created 0600 in folders created 0700, whatever the process umask. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OVS_PRIVATE_FILE_MODE 0600
#define OVS_PRIVATE_DIR_MODE  0700

/* Creates @path empty with mode 0600 if it does not exist yet (its folder must exist), or narrows an
 * existing file we own to 0600. */
gboolean    ovs_file_ensure_private   (const char  *path,
                                       GError     **error);
/* Creates @dir and its missing parents with mode 0700. */
gboolean    ovs_dir_ensure_private    (const char  *dir,
                                       GError     **error);
/* Replaces @path atomically with @length bytes of @data (-1: NUL-terminated), mode 0600; its folder
 * must exist. */
gboolean    ovs_file_set_private_contents (const char  *path,
                                       const char  *data,
                                       gssize       length,
                                       GError     **error);

/* The name of the encoding @data is evidently in when it is not UTF-8 ("UTF-16LE", "UTF-32BE",
 * "Shift-JIS", "Windows-1252"), from its byte-order mark or its bytes; NULL for UTF-8 (with or
 * without BOM) and ASCII. A guess for messages and for refusing, never for converting blindly. */
const char *ovs_text_encoding_guess   (const char  *data,
                                       gsize        length);

G_END_DECLS
