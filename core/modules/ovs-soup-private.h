/* ovs-soup-private.h — the functions of libsoup, the CalDAV client's HTTP,
 * as core calls them: through the module libovs-soup.so (see ovs-module-private.h). Only
 * core/ical/ovs-caldav-client.c includes it, in place of the library's own headers: it includes them for
 * the types, then defines each function's name as a call through the loaded table, so the calling
 * code reads as plain library code. Call ovs_soup_load() before the first call. */
#pragma once

#include <libsoup/soup.h>

#include "modules/ovs-module-private.h"

G_BEGIN_DECLS

#define OVS_SOUP_FUNCTIONS(F) \
  F (soup_auth_authenticate) \
  F (soup_auth_get_authorization) \
  F (soup_auth_new) \
  F (soup_logger_new) \
  F (soup_message_get_reason_phrase) \
  F (soup_message_get_request_headers) \
  F (soup_message_get_response_headers) \
  F (soup_message_get_status) \
  F (soup_message_headers_append) \
  F (soup_message_headers_get_list) \
  F (soup_message_headers_get_one) \
  F (soup_message_headers_replace) \
  F (soup_message_new) \
  F (soup_message_set_request_body_from_bytes) \
  F (soup_session_add_feature) \
  F (soup_session_new_with_options) \
  F (soup_session_remove_feature_by_type) \
  F (soup_session_send_and_read) \
  F (soup_auth_basic_get_type) \
  F (soup_auth_digest_get_type) \
  F (soup_auth_manager_get_type) \
  F (soup_session_feature_get_type)

typedef struct
{
  OvsModuleApi base;
  OVS_SOUP_FUNCTIONS (OVS_MODULE_MEMBER)
} OvsSoupApi;

extern const OvsSoupApi *ovs_soup;

/* Loads libovs-soup.so the first time; FALSE with an error saying why it cannot be loaded. */
gboolean ovs_soup_load (GError **error);

#ifndef OVS_MODULE_BUILD
#define soup_auth_authenticate                   (ovs_soup->soup_auth_authenticate)
#define soup_auth_get_authorization              (ovs_soup->soup_auth_get_authorization)
#define soup_auth_new                            (ovs_soup->soup_auth_new)
#define soup_logger_new                          (ovs_soup->soup_logger_new)
#define soup_message_get_reason_phrase           (ovs_soup->soup_message_get_reason_phrase)
#define soup_message_get_request_headers         (ovs_soup->soup_message_get_request_headers)
#define soup_message_get_response_headers        (ovs_soup->soup_message_get_response_headers)
#define soup_message_get_status                  (ovs_soup->soup_message_get_status)
#define soup_message_headers_append              (ovs_soup->soup_message_headers_append)
#define soup_message_headers_get_list            (ovs_soup->soup_message_headers_get_list)
#define soup_message_headers_get_one             (ovs_soup->soup_message_headers_get_one)
#define soup_message_headers_replace             (ovs_soup->soup_message_headers_replace)
#define soup_message_new                         (ovs_soup->soup_message_new)
#define soup_message_set_request_body_from_bytes (ovs_soup->soup_message_set_request_body_from_bytes)
#define soup_session_add_feature                 (ovs_soup->soup_session_add_feature)
#define soup_session_new_with_options            (ovs_soup->soup_session_new_with_options)
#define soup_session_remove_feature_by_type      (ovs_soup->soup_session_remove_feature_by_type)
#define soup_session_send_and_read               (ovs_soup->soup_session_send_and_read)
#define soup_auth_basic_get_type                 (ovs_soup->soup_auth_basic_get_type)
#define soup_auth_digest_get_type                (ovs_soup->soup_auth_digest_get_type)
#define soup_auth_manager_get_type               (ovs_soup->soup_auth_manager_get_type)
#define soup_session_feature_get_type            (ovs_soup->soup_session_feature_get_type)
#endif

G_END_DECLS
