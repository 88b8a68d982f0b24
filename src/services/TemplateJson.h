#pragma once

#include "domain/ForumTemplate.h"

#include <QJsonObject>
#include <QList>

namespace tf {

// The JSON shape of a forum template, shared by the default-data resource
// and `teamforum-cli templates`.
QJsonObject templateToJson(const ForumTemplate &forumTemplate);
// Returns false and sets *error when the object is not a valid template.
bool templateFromJson(const QJsonObject &object, ForumTemplate *forumTemplate, QString *error);

// The routine's forums shipped as resources/templates/forum_templates.json.
// Throws std::runtime_error if the resource is damaged (a build defect).
QList<ForumTemplate> defaultTemplates();

} // namespace tf
