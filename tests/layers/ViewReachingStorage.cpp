// Compiled only by the test "a view that includes storage does not compile":
// a library that links the views, as the program does, must not see the
// repositories.
#include "services/Workspace.h"
#include "storage/MinutesRepository.h"

int main()
{
    return 0;
}
