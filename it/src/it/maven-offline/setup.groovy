// A local repository for the offline build: the ITs' own (the plugin and its dependencies), without org/bytedeco.
def from = localRepositoryPath.toPath()
def to = new File(basedir, 'target/offline-repo').toPath()
def skip = from.resolve('org/bytedeco')
java.nio.file.Files.walk(from).withCloseable { paths ->
    paths.filter { !it.startsWith(skip) }.forEach { p ->
        def target = to.resolve(from.relativize(p).toString())
        if (java.nio.file.Files.isDirectory(p)) {
            java.nio.file.Files.createDirectories(target)
        } else {
            java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
assert !new File(to.toFile(), 'org/bytedeco').exists()
