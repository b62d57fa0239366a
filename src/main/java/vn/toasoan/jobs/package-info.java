/**
 * Jobs that must run on one node at a time however many nodes run them: a scheduled method marked
 * {@code @SchedulerLock(name = …)} runs only while it holds its row of the {@code shedlock} table (ShedLock on JDBC,
 * timed by the database). One code path for one node and many: on one node a run costs one row update.
 */
package vn.toasoan.jobs;
