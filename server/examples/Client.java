// server/examples/Client.java
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class Client {
    public static void main(String[] args) throws Exception {
        String base = System.getenv().getOrDefault("BEIAN_CHECK_URL", "http://127.0.0.1:8787");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // One field, as validateIdNumber(value, options) in the browser.
        String body = "{\"value\": \"440305198507048911\", \"options\": {\"locale\": \"en\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/check/idNumber"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        // 200: the check's result {"ok": …, "findings": […], …}; 4xx: {"error": …, "message": …}.
        System.out.println(response.statusCode() + " " + response.body());
    }
}
