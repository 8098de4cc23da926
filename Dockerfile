# Production-like image: build with the Maven wrapper, run the jar on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 sangsaeng
USER sangsaeng
WORKDIR /app
COPY --from=build /src/target/sangsaeng-*.jar app.jar
EXPOSE 8080
# a bounded heap: the instance stays within 768 MB of memory (bench/RESULTS.md measures it)
ENTRYPOINT ["java", "-Xmx384m", "-jar", "/app/app.jar"]
