/* sw-json-reader.c — what the dataset and meeting file loaders share: reading a file, paths, typed members
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-json-check.h"
#include "sw-json-reader.h"

/* Paths and messages */

gboolean
sw_json_reader_vfail (SwJsonReader *reader,
                      int           code,
                      const char   *format,
                      va_list       args)
{
  g_autofree char *problem = g_strdup_vprintf (format, args);

  if (reader->path->len > 0)
    /* Translators: "meeting.stackwise: at participants[1].weights: the weight …" */
    g_set_error (reader->error, reader->domain, code, _("%s: at %s: %s"),
                 reader->name, reader->path->str, problem);
  else
    g_set_error (reader->error, reader->domain, code, "%s: %s", reader->name, problem);

  return FALSE;
}

gboolean
sw_json_reader_fail (SwJsonReader *reader,
                     int           code,
                     const char   *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  sw_json_reader_vfail (reader, code, format, args);
  va_end (args);

  return FALSE;
}

gsize
sw_json_reader_enter_member (SwJsonReader *reader,
                             const char   *member)
{
  gsize mark = reader->path->len;

  if (mark > 0)
    g_string_append_c (reader->path, '.');
  g_string_append (reader->path, member);

  return mark;
}

gsize
sw_json_reader_enter_index (SwJsonReader *reader,
                            guint         index)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, "[%u]", index);

  return mark;
}

void
sw_json_reader_leave (SwJsonReader *reader,
                      gsize         mark)
{
  g_string_truncate (reader->path, mark);
}

/* Typed members */

const char *
sw_json_describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static const char *
describe_kind (SwJsonKind kind)
{
  switch (kind)
    {
    case SW_JSON_KIND_OBJECT:
      return _("an object");
    case SW_JSON_KIND_LIST:
      return _("a list");
    case SW_JSON_KIND_TEXT:
      return _("text");
    case SW_JSON_KIND_NUMBER:
      return _("a number");
    case SW_JSON_KIND_WHOLE_NUMBER:
      return _("a whole number");
    case SW_JSON_KIND_BOOLEAN:
    default:
      return _("true or false");
    }
}

gboolean
sw_json_node_is (JsonNode   *node,
                 SwJsonKind  kind)
{
  GType type;

  switch (kind)
    {
    case SW_JSON_KIND_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case SW_JSON_KIND_LIST:
      return JSON_NODE_HOLDS_ARRAY (node);
    default:
      break;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  switch (kind)
    {
    case SW_JSON_KIND_TEXT:
      return type == G_TYPE_STRING;
    case SW_JSON_KIND_BOOLEAN:
      return type == G_TYPE_BOOLEAN;
    case SW_JSON_KIND_WHOLE_NUMBER:
      return type == G_TYPE_INT64;
    case SW_JSON_KIND_NUMBER:
    default:
      return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
    }
}

gboolean
sw_json_reader_get_member (SwJsonReader  *reader,
                           JsonObject    *obj,
                           const char    *member,
                           SwJsonKind     kind,
                           gboolean       required,
                           JsonNode     **out)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (required)
        return sw_json_reader_fail (reader, reader->missing_code,
                                    _("the required field “%s” is missing"), member);
      return TRUE;
    }

  if (!sw_json_node_is (node, kind))
    {
      sw_json_reader_enter_member (reader, member);
      return sw_json_reader_fail (reader, reader->shape_code, _("expected %s, found %s"),
                                  describe_kind (kind), sw_json_describe_node (node));
    }

  /* The file was valid UTF-8, but json-glib decodes a lone surrogate such as
   * \ud800 into bytes that are not (found by fuzz-meeting). */
  if (kind == SW_JSON_KIND_TEXT && !g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      sw_json_reader_enter_member (reader, member);
      return sw_json_reader_fail (reader, reader->shape_code,
                                  _("the text has a \\u escape that is half of a surrogate pair; "
                                    "write the character itself"));
    }

  *out = node;
  return TRUE;
}

/* Bytes and syntax */

/* Line and column (in characters, from 1, as an editor shows them) of @pos in @data;
 * the text before @pos must be valid UTF-8. */
void
sw_json_find_position (const char *data,
                       const char *pos,
                       guint      *line,
                       guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < pos; p++)
    if (*p == '\n')
      {
        *line += 1;
        line_start = p + 1;
      }

  *column = (guint) g_utf8_strlen (line_start, pos - line_start) + 1;
}

/* json-glib quotes the bad token as it is, raw newlines and tabs included;
 * the message must stay on one line (found by fuzz-dataset). */
static void
append_one_line (GString    *out,
                 const char *text,
                 gsize       length)
{
  for (gsize i = 0; i < length; i++)
    g_string_append_c (out, g_ascii_iscntrl (text[i]) ? '?' : text[i]);
}

/* json-glib 1.6 says "<data>:3:8: Parse error: unexpected character `,', expected …";
 * keep the position and the problem, with the file's name and typographic quotes. */
void
sw_json_set_syntax_error (GError       **error,
                          GQuark         domain,
                          int            code,
                          const char    *name,
                          const GError  *parse_error)
{
  g_autoptr(GString) problem = g_string_new (NULL);
  g_autofree char *valid = NULL;
  const char *rest = parse_error->message;
  guint64 line = 0, column = 0;
  char *end;

  if (g_str_has_prefix (rest, "<data>:"))
    {
      line = g_ascii_strtoull (rest + strlen ("<data>:"), &end, 10);
      if (*end == ':')
        column = g_ascii_strtoull (end + 1, &end, 10);
      if (line > 0 && column > 0 && g_str_has_prefix (end, ": "))
        rest = end + 2;
      else
        line = column = 0;
    }
  if (g_str_has_prefix (rest, "Parse error: "))
    rest += strlen ("Parse error: ");

  /* `x' becomes “x”, as in every other message. */
  for (const char *p = rest; *p != '\0'; p++)
    {
      const char *close = p[0] == '`' && p[1] != '\0' ? strchr (p + 2, '\'') : NULL;

      if (close == NULL)
        {
          append_one_line (problem, p, 1);
          continue;
        }
      g_string_append (problem, "“");
      append_one_line (problem, p + 1, close - p - 1);
      g_string_append (problem, "”");
      p = close;
    }

  /* The token may hold a decoded lone surrogate (\ud800), which is not UTF-8. */
  valid = g_utf8_make_valid (problem->str, problem->len);

  if (line > 0)
    g_set_error (error, domain, code, _("%s:%" PRIu64 ":%" PRIu64 ": not valid JSON: %s"),
                 name, line, column, valid);
  else
    g_set_error (error, domain, code, _("%s: not valid JSON: %s"), name, valid);
}

gboolean
sw_json_check_text (const char          *data,
                    gsize                size,
                    const char          *name,
                    guint64              max_bytes,
                    SwJsonTooLargeFunc   too_large,
                    GQuark               domain,
                    int                  code,
                    GError             **error)
{
  const char *where;
  guint line, column;
  SwJsonCheckResult check;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (too_large != NULL, FALSE);

  /* The size first: nothing else is worth reading in a file that is too large. */
  if (size > max_bytes)
    return too_large (error, name, size);

  if (size > 0 && !g_utf8_validate_len (data, size, &where))
    {
      sw_json_find_position (data, where, &line, &column);
      g_set_error (error, domain, code,
                   *where == '\0'
                   ? _("%s:%u:%u: the file contains a NUL byte; JSON is plain UTF-8 text")
                   : _("%s:%u:%u: the file is not UTF-8 text; save it with the UTF-8 encoding"),
                   name, line, column);
      return FALSE;
    }

  check = sw_json_check_structure (data, size, SW_JSON_MAX_DEPTH, &where);
  if (check == SW_JSON_CHECK_OK)
    return TRUE;

  sw_json_find_position (data, where, &line, &column);
  switch (check)
    {
    case SW_JSON_CHECK_TOO_DEEP:
      /* json-glib would overflow the stack. */
      g_set_error (error, domain, code,
                   _("%s:%u:%u: nested too deeply; lists and objects can be nested "
                     "at most %d levels deep"),
                   name, line, column, SW_JSON_MAX_DEPTH);
      return FALSE;

    case SW_JSON_CHECK_TOO_MANY_MEMBERS:
      /* json-glib would take minutes over repeated names. */
      g_set_error (error, domain, code,
                   _("%s:%u:%u: too many members in one object; an object can have at most %d"),
                   name, line, column, SW_JSON_MAX_MEMBERS);
      return FALSE;

    case SW_JSON_CHECK_TRAILING_CONTENT:
      /* json-glib would take the first value and leak the rest. */
      g_set_error (error, domain, code,
                   _("%s:%u:%u: not valid JSON: more follows the end of the first value; "
                     "the file must hold one JSON value"),
                   name, line, column);
      return FALSE;

    case SW_JSON_CHECK_NUL_ESCAPE:
      /* json-glib would cut the text short there. */
      g_set_error (error, domain, code,
                   _("%s:%u:%u: the text holds \\u0000, the NUL character, which Stackwise "
                     "cannot keep; remove it"),
                   name, line, column);
      return FALSE;

    case SW_JSON_CHECK_BAD_ESCAPE:
      /* json-glib would read some of them as bytes that are not UTF-8. */
      g_set_error (error, domain, code,
                   _("%s:%u:%u: not valid JSON: a backslash in a string must start one of JSON's "
                     "escapes: \\\" \\\\ \\/ \\b \\f \\n \\r \\t, or \\u and four hexadecimal digits"),
                   name, line, column);
      return FALSE;

    case SW_JSON_CHECK_BAD_NUMBER:
      /* json-glib would read it as another number. */
      g_set_error (error, domain, code,
                   _("%s:%u:%u: not a number Stackwise reads; write decimal numbers such as 7, "
                     "7.5 or 1e-3, and whole numbers of at most %d digits"),
                   name, line, column, SW_JSON_MAX_INTEGER_DIGITS);
      return FALSE;

    case SW_JSON_CHECK_BAD_UNICODE_ESCAPE:
    default:
      /* json-glib would decode it into bytes that are not UTF-8, or leak. */
      g_set_error (error, domain, code,
                   _("%s:%u:%u: not valid JSON: a \\u escape must be four hexadecimal digits "
                     "naming a character (a surrogate pair takes two); write the character itself"),
                   name, line, column);
      return FALSE;
    }
}

static void
set_io_error (GError       **error,
              GQuark         domain,
              int            code,
              const char    *name,
              const GError  *io_error)
{
  const char *reason = io_error->message;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    reason = _("it does not exist");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = _("permission denied");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    reason = _("it is a folder, not a file");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    reason = _("it is not a regular file but a device or a pipe");

  g_set_error (error, domain, code, _("%s: cannot read the file (%s)"), name, reason);
}

/* Reads @file whole. A file over @max_bytes is refused by @too_large before
 * it is read, or as soon as more than @max_bytes arrive; any other failure is @domain's @io_code, with a message naming
 * @name, except cancellation, which stays G_IO_ERROR_CANCELLED so that
 * callers can ignore it as usual. */
GBytes *
sw_json_read_file (GFile               *file,
                   const char          *name,
                   guint64              max_bytes,
                   SwJsonTooLargeFunc   too_large,
                   GQuark               domain,
                   int                  io_code,
                   GCancellable        *cancellable,
                   GError             **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "");
  /* A pipe would block the window until someone writes to it, and a device
   * such as /dev/zero never ends (found by test-faults). */
  else if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "");

  if (local_error == NULL && g_file_info_get_size (info) > (goffset) max_bytes)
    {
      too_large (error, name, (guint64) g_file_info_get_size (info));
      return NULL;
    }

  /* A buffer of the size the file reports, and one byte more to see it grow;
   * it grows while the file does, to at most one byte past the limit: a file
   * that grows after its size was read (a log being written, a file under
   * /proc that reports 0) is bounded all the same. */
  if (local_error == NULL)
    {
      g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, &local_error);
      gsize capacity = (gsize) MIN ((guint64) g_file_info_get_size (info), max_bytes) + 1;

      if (stream != NULL)
        contents = g_malloc (capacity + 1);
      while (stream != NULL)
        {
          gsize n_read = 0;

          if (!g_input_stream_read_all (G_INPUT_STREAM (stream), contents + length, capacity - length,
                                        &n_read, cancellable, &local_error))
            break;
          length += n_read;
          if (length < capacity)
            {
              contents[length] = '\0';
              break;
            }
          if (length > max_bytes)
            {
              too_large (error, name, length);
              return NULL;
            }
          capacity = (gsize) MIN ((guint64) capacity * 2, max_bytes + 1);
          contents = g_realloc (contents, capacity + 1);
        }
    }

  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_io_error (error, domain, io_code, name, local_error);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* Text that stops inside a string or an open object or list was cut off:
 * saying so helps more than json-glib's "unexpected …" at the last byte. */
static gboolean
looks_truncated (const char *data,
                 gsize       size)
{
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  int depth = 0;

  for (gsize i = 0; i < size; i++)
    {
      char ch = data[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (ch == '\\')
            escaped = TRUE;
          else if (ch == '"')
            in_string = FALSE;
          continue;
        }

      switch (ch)
        {
        case '"':
          in_string = TRUE;
          break;
        case '{':
        case '[':
          depth++;
          break;
        case '}':
        case ']':
          /* More closing than opening is a syntax error, not a cut. */
          if (--depth < 0)
            return FALSE;
          break;
        default:
          break;
        }
    }

  return in_string || depth > 0;
}

static gboolean
is_blank (const char *data,
          gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;

  return TRUE;
}

JsonNode *
sw_json_door_parse (const SwJsonDoor *door,
                    JsonParser       *parser,
                    const char       *data,
                    gsize             size,
                    const char       *name,
                    GError          **error)
{
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  if (size > door->max_bytes)
    {
      door->too_large (error, name, size);
      return NULL;
    }

  if (size == 0 || is_blank (data, size))
    {
      door->empty (error, name);
      return NULL;
    }

  /* Before json-glib sees it: the encoding, the depth (json-glib would run
   * out of stack), one value only, \u escapes. */
  if (!sw_json_check_text (data, size, name, door->max_bytes, door->too_large,
                           door->domain (), door->not_json_code, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      if (door->truncated_code >= 0 && looks_truncated (data, size))
        g_set_error (error, door->domain (), door->truncated_code,
                     _("%s: the file ends too early; it may have been cut off while it was saved or copied"),
                     name);
      else
        sw_json_set_syntax_error (error, door->domain (), door->not_json_code, name, parse_error);
      return NULL;
    }

  /* Only a comment: json-glib parses it into no value at all (found by fuzz-meeting). */
  root = json_parser_get_root (parser);
  if (root == NULL)
    door->empty (error, name);

  return root;
}

char *
sw_quote_text (const char *text)
{
  /* A member name can hold a decoded lone surrogate, which is not UTF-8. */
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autoptr(GString) quoted = g_string_new (NULL);
  guint n_chars = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (++n_chars > 40)
        {
          g_string_append (quoted, "…");
          break;
        }
      if (g_unichar_iscntrl (ch))
        g_string_append_c (quoted, '?');
      else
        g_string_append_unichar (quoted, ch);
    }

  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

char *
sw_list_known_ids (guint          n,
                   const char  *(*id_at) (gconstpointer data,
                                          guint         index),
                   gconstpointer  data)
{
  const guint shown = 6;
  GString *known = g_string_new (NULL);

  for (guint i = 0; i < n && i < shown; i++)
    g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", id_at (data, i));
  if (n > shown)
    g_string_append (known, ", …");

  return g_string_free (known, FALSE);
}

/* json-glib 1.6 (Debian 12) writes a double with g_ascii_dtostr() and adds
 * ".0" when the text has no point, so 1e-300 or 1e+20 come out as "1e-300.0",
 * which no JSON reader takes, this program's included: a file saved with such
 * a weight would not open again. The shortest text of a double lacks a point
 * only when it has one significant digit; one unit in the last place towards
 * zero gives it seventeen, and a point. */
void
sw_json_builder_add_number (JsonBuilder *builder,
                            double       value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    value = 0.0;

  g_ascii_dtostr (text, sizeof text, value);
  if (strchr (text, '.') == NULL && strpbrk (text, "eE") != NULL)
    value = nextafter (value, 0.0);

  json_builder_add_double_value (builder, value);
}
