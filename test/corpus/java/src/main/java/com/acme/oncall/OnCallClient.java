package com.acme.oncall;

import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class OnCallClient {
    private static final String BASE_URL = "https://api.pagerduty.com";
    private static final String API_TOKEN = "⟦pagerduty-rest-api-key|{pdkey}⟧";
    private static final String CACHE_SALT = "⟦-|{hex:32}⟧";

    private final OkHttpClient http = new OkHttpClient();

    public String currentOnCall(List<String> scheduleIds) throws IOException {
        HttpUrl.Builder url = HttpUrl.parse(BASE_URL + "/oncalls").newBuilder().addQueryParameter("earliest", "true");
        for (String id : scheduleIds) {
            url.addQueryParameter("schedule_ids[]", id);
        }
        Request request = new Request.Builder()
                .url(url.build())
                .header("Accept", "application/vnd.pagerduty+json;version=2")
                .header("Authorization", "Token token=" + API_TOKEN)
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("PagerDuty returned " + response.code());
            }
            return response.body().string();
        }
    }
}
