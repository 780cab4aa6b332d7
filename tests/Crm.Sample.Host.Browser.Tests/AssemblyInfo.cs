// One browser at a time: the CI machine has two cores, and the latency figures the tests log are only meaningful
// when the browser tests do not compete with each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
