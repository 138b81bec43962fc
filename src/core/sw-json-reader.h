/* sw-json-reader.h — what the dataset and meeting file loaders share: reading a file, paths, typed members;
 * and the one way the writers write a number
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Where in a document a loader is, for messages such as
 * "meeting.stackwise: at participants[1].weights: …". Each loader keeps its
 * own error domain; @missing_code and @shape_code are its codes for a missing
 * member and a value of the wrong type. */
typedef struct
{
  const char  *name;
  GString     *path;
  GError     **error;
  GQuark       domain;
  int          missing_code;
  int          shape_code;
} SwJsonReader;

typedef enum
{
  SW_JSON_KIND_OBJECT,
  SW_JSON_KIND_LIST,
  SW_JSON_KIND_TEXT,
  SW_JSON_KIND_NUMBER,
  SW_JSON_KIND_WHOLE_NUMBER,
  SW_JSON_KIND_BOOLEAN,
} SwJsonKind;

/* A loader's own "too large" message, which names its limit. */
typedef gboolean (*SwJsonTooLargeFunc) (GError     **error,
                                        const char  *name,
                                        guint64      size);

/* Paths and messages: a message is "<name>: at <path>: <problem>", or
 * "<name>: <problem>" at the top. The fail functions return FALSE. */
gboolean    sw_json_reader_fail          (SwJsonReader  *reader,
                                          int            code,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (3, 4);
gboolean    sw_json_reader_vfail         (SwJsonReader  *reader,
                                          int            code,
                                          const char    *format,
                                          va_list        args) G_GNUC_PRINTF (3, 0);
gsize       sw_json_reader_enter_member  (SwJsonReader  *reader,
                                          const char    *member);
gsize       sw_json_reader_enter_index   (SwJsonReader  *reader,
                                          guint          index);
void        sw_json_reader_leave         (SwJsonReader  *reader,
                                          gsize          mark);

/* Typed members: a missing optional member (or null) gives a NULL node. */
gboolean    sw_json_reader_get_member    (SwJsonReader  *reader,
                                          JsonObject    *obj,
                                          const char    *member,
                                          SwJsonKind     kind,
                                          gboolean       required,
                                          JsonNode     **out);
gboolean    sw_json_node_is              (JsonNode      *node,
                                          SwJsonKind     kind);
const char *sw_json_describe_node        (JsonNode      *node);

/* Bytes and syntax */
void        sw_json_find_position        (const char    *data,
                                          const char    *pos,
                                          guint         *line,
                                          guint         *column);
void        sw_json_set_syntax_error     (GError       **error,
                                          GQuark         domain,
                                          int            code,
                                          const char    *name,
                                          const GError  *parse_error);
/* Text from a file or the command line, safe to quote in a one-line
 * message: valid UTF-8, a control character shown as "?", at most 40
 * characters and then "…". */
char       *sw_quote_text                (const char    *text);
/* For a message about a reference to something unknown: the known ids, as
 * "a, b, c", the first six of @n and then "…"; @id_at gives the id at an
 * index of @data. */
char       *sw_list_known_ids            (guint          n,
                                          const char  *(*id_at) (gconstpointer data,
                                                                 guint         index),
                                          gconstpointer  data);
/* What every door checks before json-glib sees JSON text (a dataset, a
 * meeting file, a ballot the server receives): at most @max_bytes (else
 * @too_large sets the error, naming the door's own limit), UTF-8 without a
 * NUL, lists and objects nested at most SW_JSON_MAX_DEPTH deep, one value and
 * nothing after it, no \u escape that json-glib mishandles
 * (sw_json_check_structure()). Any other problem is @domain's @code, with a
 * one-line message "<name>:<line>:<column>: <problem>" that names the limit
 * where there is one. Linear in @size; allocates only for the message. */
gboolean    sw_json_check_text           (const char    *data,
                                          gsize          size,
                                          const char    *name,
                                          guint64        max_bytes,
                                          SwJsonTooLargeFunc too_large,
                                          GQuark         domain,
                                          int            code,
                                          GError       **error);
/* A door that takes JSON text: its error domain and codes, its size limit,
 * and what it calls an empty input ("the file is empty; a meeting is a
 * JSON object"). truncated_code -1: a cut-off input is a syntax error. */
typedef struct
{
  GQuark           (*domain) (void);
  int                not_json_code;
  int                truncated_code;
  guint64            max_bytes;
  SwJsonTooLargeFunc too_large;
  void             (*empty) (GError     **error,
                               const char  *name);
} SwJsonDoor;

/* The one way into every door: the size, then empty or blank text, then
 * sw_json_check_text(), then json-glib with @parser. The root (owned by
 * @parser), or NULL with @error set: "<name>: the file ends too early"
 * when the text stops inside a string, object or list, else json-glib's
 * syntax error at its line and column. */
JsonNode   *sw_json_door_parse           (const SwJsonDoor *door,
                                          JsonParser    *parser,
                                          const char    *data,
                                          gsize          size,
                                          const char    *name,
                                          GError       **error);
GBytes     *sw_json_read_file            (GFile         *file,
                                          const char    *name,
                                          guint64        max_bytes,
                                          SwJsonTooLargeFunc too_large,
                                          GQuark         domain,
                                          int            io_code,
                                          GCancellable  *cancellable,
                                          GError       **error);

/* A number into @builder that reads back as JSON: never NaN or infinity
 * (written as 0), never json-glib 1.6's "1e-300.0". */
void        sw_json_builder_add_number   (JsonBuilder   *builder,
                                          double         value);

G_END_DECLS
