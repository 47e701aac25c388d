/* ovs-files.c — private files and folders, and naming the encoding of foreign text. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "overstap/base/ovs-files.h"

static gboolean
set_errno_error (GError **error, int saved, const char *path)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
  return FALSE;
}

gboolean
ovs_dir_ensure_private (const char *dir, GError **error)
{
  g_return_val_if_fail (dir != NULL, FALSE);

  /* g_mkdir_with_parents() applies the umask, which can only narrow 0700. */
  if (g_mkdir_with_parents (dir, OVS_PRIVATE_DIR_MODE) != 0)
    return set_errno_error (error, errno, dir);
  return TRUE;
}

gboolean
ovs_file_ensure_private (const char *path, GError **error)
{
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, OVS_PRIVATE_FILE_MODE);
  if (fd >= 0)
    {
      close (fd);
      return TRUE;
    }
  if (errno != EEXIST)
    return set_errno_error (error, errno, path);
  /* An existing file is narrowed by its path, never opened: closing any descriptor of a database file
   * drops every POSIX lock this process holds on it, SQLite's included. Not ours: leave it. */
  if (g_chmod (path, OVS_PRIVATE_FILE_MODE) != 0 && errno != EPERM)
    return set_errno_error (error, errno, path);
  return TRUE;
}

gboolean
ovs_file_set_private_contents (const char *path, const char *data, gssize length, GError **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  /* The temporary file is created with this mode before the rename, so no reader sees it wider. */
  return g_file_set_contents_full (path, data ? data : "", length, G_FILE_SET_CONTENTS_CONSISTENT,
                                   OVS_PRIVATE_FILE_MODE, error);
}

/* --- encodings --- */

static gboolean
has_prefix (const char *data, gsize length, const char *prefix, gsize prefix_len)
{
  return length >= prefix_len && memcmp (data, prefix, prefix_len) == 0;
}

/* Text in UTF-16 or UTF-32 without a byte-order mark shows NUL bytes at regular places. */
static const char *
wide_guess (const guchar *data, gsize length)
{
  gsize n = MIN (length, 4096) & ~(gsize) 3;
  guint zero_at[4] = { 0 };

  if (n < 4)
    return length > 0 && memchr (data, '\0', length) ? "UTF-16" : NULL;
  for (gsize i = 0; i < n; i++)
    zero_at[i % 4] += data[i] == 0;
  if (zero_at[1] > n / 8 && zero_at[2] > n / 8 && zero_at[3] > n / 8)
    return "UTF-32LE";
  if (zero_at[0] > n / 8 && zero_at[1] > n / 8 && zero_at[2] > n / 8)
    return "UTF-32BE";
  if (zero_at[1] > n / 8 && zero_at[3] > n / 8)
    return "UTF-16LE";
  if (zero_at[0] > n / 8 && zero_at[2] > n / 8)
    return "UTF-16BE";
  return NULL;
}

/* Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined, and in Dutch text a byte above
 * 0x7F (é, ë, ï) sits between ASCII letters. Shift-JIS and its East Asian relatives write every
 * character as two high bytes in a row. */
static const char *
eight_bit_guess (const guchar *data, gsize length)
{
  gsize high = 0, paired = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] < 0x80)
        continue;
      high++;
      if (data[i] == 0x81 || data[i] == 0x8D || data[i] == 0x8F || data[i] == 0x90 || data[i] == 0x9D)
        return "Shift-JIS";
      if (i + 1 < length && data[i + 1] >= 0x80)
        paired++, i++;
    }
  return high > 0 && paired * 2 > high ? "Shift-JIS" : "Windows-1252";
}

const char *
ovs_text_encoding_guess (const char *data, gsize length)
{
  const char *wide;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (has_prefix (data, length, "\xff\xfe\0\0", 4))
    return "UTF-32LE";
  if (has_prefix (data, length, "\0\0\xfe\xff", 4))
    return "UTF-32BE";
  if (has_prefix (data, length, "\xff\xfe", 2))
    return "UTF-16LE";
  if (has_prefix (data, length, "\xfe\xff", 2))
    return "UTF-16BE";
  if ((wide = wide_guess ((const guchar *) data, length)) != NULL)
    return wide;
  if (memchr (data, '\0', length) == NULL && g_utf8_validate (data, (gssize) length, NULL))
    return NULL;
  if (memchr (data, '\0', length) != NULL)
    return NULL;   /* binary: the caller says so by the NUL byte */
  return eight_bit_guess ((const guchar *) data, length);
}
