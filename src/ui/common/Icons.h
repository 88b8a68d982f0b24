#pragma once

#include <QIcon>

namespace tf {

// The icon of the freedesktop name: from the desktop's icon theme, else
// from Adwaita (Debian's adwaita-icon-theme), else the program's own
// drawing of it (resources/icons), so it is never blank.
QIcon themedIcon(const QString &name);

// Teamforum's own icon (resources/desktop), the window's icon.
QIcon applicationIcon();

} // namespace tf
