// The control for ViewReachingStorage.cpp: the same library set compiles
// when it stays with the services.
#include "services/Workspace.h"

int main()
{
    return 0;
}
