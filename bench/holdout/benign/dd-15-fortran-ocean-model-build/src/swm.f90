program swm
  use mpi
  implicit none
  integer :: ierr, rank, nprocs, n, nsteps, step
  real(8), allocatable :: h(:,:), u(:,:), v(:,:)
  real(8), parameter :: g = 9.81d0, dt = 1.0d0, dx = 1000.0d0
  character(len=32) :: arg
  call MPI_Init(ierr)
  call MPI_Comm_rank(MPI_COMM_WORLD, rank, ierr)
  call MPI_Comm_size(MPI_COMM_WORLD, nprocs, ierr)
  call get_command_argument(1, arg); read(arg, *) n
  call get_command_argument(2, arg); read(arg, *) nsteps
  allocate(h(n, n/nprocs), u(n, n/nprocs), v(n, n/nprocs))
  h = 100.0d0; u = 0.0d0; v = 0.0d0
  if (rank == 0) h(n/2, 1) = 101.0d0
  do step = 1, nsteps
    u(2:n, :) = u(2:n, :) - g * dt / dx * (h(2:n, :) - h(1:n-1, :))
    h(1:n-1, :) = h(1:n-1, :) - 100.0d0 * dt / dx * (u(2:n, :) - u(1:n-1, :))
  end do
  if (rank == 0) print '(a,i0,a,f10.4)', 'steps=', nsteps, ' max h=', maxval(h)
  call MPI_Finalize(ierr)
end program swm
