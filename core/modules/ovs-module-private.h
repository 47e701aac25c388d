/* ovs-module-private.h — the bridge modules of core/modules/: libpq, cairo with pango, libsoup and
 * libxlsxwriter are linked into small GModule modules instead of into the programs, and loaded the
 * first time a command needs them. Linking them into every program cost each `overstap-cli` call
 * about 5 ms of dynamic linking (75 libraries, Kerberos, LDAP and two TLS stacks among them), also
 * for the many calls that never reach a server, print a PDF or write a spreadsheet.
 *
 * Each module exports one symbol, ovs_module_api(), returning a table of the library's functions
 * that core uses (ovs-pq-private.h and its siblings). The table starts with its own size, so a
 * module from another build is refused rather than called with the wrong layout. */
#pragma once

#include <gmodule.h>

G_BEGIN_DECLS

/* The first member of every module's table. */
typedef struct
{
  gsize size;
} OvsModuleApi;

typedef const OvsModuleApi *(*OvsModuleApiFunc) (void);

/* A member of a bridge's table: a pointer to @function, of the library's own type for it. */
#define OVS_MODULE_MEMBER(function) __typeof__ (function) *function;

/* Defines a module's one export, ovs_module_api(), returning its table of @FUNCTIONS (in a module's .c). */
#define OVS_MODULE_INIT(function) .function = function,
#define OVS_MODULE_DEFINE_API(Type, FUNCTIONS)                                        \
  G_MODULE_EXPORT const OvsModuleApi *ovs_module_api (void);                          \
  G_MODULE_EXPORT const OvsModuleApi *                                                \
  ovs_module_api (void)                                                               \
  {                                                                                   \
    static const Type api = { .base.size = sizeof (Type), FUNCTIONS (OVS_MODULE_INIT) }; \
    return &api.base;                                                                 \
  }

/* Defines the table pointer ovs_NAME and ovs_NAME_load() of a bridge (in ovs-bridges.c). */
#define OVS_MODULE_DEFINE_LOADER(name, Type)                                          \
  const Type *ovs_##name;                                                             \
  gboolean                                                                            \
  ovs_##name##_load (GError **error)                                                  \
  {                                                                                   \
    const OvsModuleApi *api;                                                          \
    if (g_atomic_pointer_get (&ovs_##name) != NULL)                                   \
      return TRUE;                                                                    \
    api = ovs_module_load (#name, sizeof (Type), error);                              \
    if (api != NULL)                                                                  \
      g_atomic_pointer_set (&ovs_##name, (const Type *) api);                         \
    return api != NULL;                                                               \
  }

/* Loads module @name (libovs-@name.so) once per process and returns its table, or NULL with an
 * error saying which module could not be loaded and why. Thread-safe. The module directory is
 * $OVERSTAP_MODULE_DIR alone when set, else ../core/modules next to a program run from the build
 * tree, else the installed one (libdir/overstap/modules). */
const OvsModuleApi *ovs_module_load (const char *name,
                                     gsize       api_size,
                                     GError    **error);

G_END_DECLS
