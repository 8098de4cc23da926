# Production-like image: build with the Maven wrapper, run the application extracted from its jar with a class data
# sharing archive (about 40 % faster start-up, bench/RESULTS.md).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --create-home sangsaeng && mkdir /app && chown sangsaeng /app
USER sangsaeng
WORKDIR /app
COPY --from=build --chown=sangsaeng /src/target/sangsaeng-*.jar /tmp/sangsaeng.jar
# The training run starts the application as far as a refreshed context, on a throwaway embedded PostgreSQL, and
# records the classes it loaded. The JVM halts there without stopping that PostgreSQL, so it is stopped here and
# nothing of it stays in the image.
RUN java -Djarmode=tools -jar /tmp/sangsaeng.jar extract --destination /app --application-filename app.jar \
 && java -Xmx384m -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar \
      --sangsaeng.embedded-database.data-directory=/tmp/training-db \
 && kill "$(head -1 /tmp/training-db/postmaster.pid)" \
 && while [ -e /tmp/training-db/postmaster.pid ]; do sleep 1; done \
 && rm -rf /tmp/sangsaeng.jar /tmp/training-db /tmp/embedded-pg
EXPOSE 8080
# glibc gives each thread that allocates its own malloc arena (up to eight per core); two keep the resident memory of
# the 50 request threads down (bench/RESULTS.md measures it)
ENV MALLOC_ARENA_MAX=2
# a bounded heap: the instance stays within 768 MB of memory (bench/RESULTS.md measures it)
ENTRYPOINT ["java", "-Xmx384m", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
