// The start-up floor: an empty QMainWindow of the same Qt build.
#include "app/FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    tf::FirstPaintProbe::attachIfRequested(&window);
    window.show();
    return app.exec();
}
